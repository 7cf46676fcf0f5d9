const megabytes = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** A file's size as Vietnamese text writes it: 1.572.864 bytes → "1,5 MB". */
export const formatMegabytes = (bytes: number): string => `${megabytes.format(bytes / 1024 / 1024)} MB`;
