// The baseline consumer: nothing from the package.
export const nothing = 0;
