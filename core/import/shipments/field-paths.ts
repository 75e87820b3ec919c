// The provenance paths of an order's fields (`items.0.quantity`, `shipments.1.packages.0.trackingNumber`),
// built once per index: most orders have one shipment, one package and one or two items, so tens
// of thousands of orders share a few dozen strings.

export interface ItemPaths {
  sellerSku: string;
  quantity: string;
  title: string;
}
export interface PackagePaths {
  carrierCode: string;
  trackingNumber: string;
}
export interface ShipmentPaths {
  amazonShipmentId: string;
  fulfillmentShipmentStatus: string;
  shippingDate: string;
  estimatedArrivalDate: string;
  noTrackingReportedOn: string;
  packages: PackagePaths[];
}

export function createFieldPaths() {
  const itemPaths: ItemPaths[] = [];
  const shipmentPaths: ShipmentPaths[] = [];
  return {
    item(i: number): ItemPaths {
      let paths = itemPaths[i];
      if (!paths) {
        const base = `items.${i}.`;
        paths = { sellerSku: `${base}sellerSku`, quantity: `${base}quantity`, title: `${base}title` };
        itemPaths[i] = paths;
      }
      return paths;
    },
    shipment(i: number): ShipmentPaths {
      let paths = shipmentPaths[i];
      if (!paths) {
        const base = `shipments.${i}.`;
        paths = {
          amazonShipmentId: `${base}amazonShipmentId`,
          fulfillmentShipmentStatus: `${base}fulfillmentShipmentStatus`,
          shippingDate: `${base}shippingDate`,
          estimatedArrivalDate: `${base}estimatedArrivalDate`,
          noTrackingReportedOn: `${base}noTrackingReportedOn`,
          packages: [],
        };
        shipmentPaths[i] = paths;
      }
      return paths;
    },
    package(shipment: ShipmentPaths, shipmentIndex: number, i: number): PackagePaths {
      let paths = shipment.packages[i];
      if (!paths) {
        const base = `shipments.${shipmentIndex}.packages.${i}.`;
        paths = { carrierCode: `${base}carrierCode`, trackingNumber: `${base}trackingNumber` };
        shipment.packages[i] = paths;
      }
      return paths;
    },
  };
}
