import Dexie, { type EntityTable } from 'dexie';
import type { Assessment } from '../../core/model/finding';
import type { Order } from '../../core/model/order';

export interface OrderRow {
  key: string;
  order: Order;
  assessment: Assessment;
  /** Highest severity rank of the findings (0 none/info, 1 warning, 2 action): the badge and lists. */
  urgency: number;
  updatedAt: string;
}

export class McfDeskDb extends Dexie {
  orders!: EntityTable<OrderRow, 'key'>;
  constructor(name = 'mcf-desk') {
    super(name);
    this.version(1).stores({ orders: 'key, urgency, updatedAt' });
  }
}
