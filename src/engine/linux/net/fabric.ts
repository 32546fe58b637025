// Placeholder: the network joining the nodes (being written).
export class Fabric {}
