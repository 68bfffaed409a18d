export const METHODS = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];
