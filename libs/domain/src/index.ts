export const domainVersion = 1;
