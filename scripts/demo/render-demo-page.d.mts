export declare function frenchDate(day: Date): string;
export declare function renderDemoPage(today: Date): string;
export declare function todayInParis(now?: Date): Date;
export declare const DEMO_ORDER_URL: string;
export declare const DEMO_ORDER_ID: string;
