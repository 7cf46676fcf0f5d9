/** The one IPC channel between the renderer and the core. */
export const API_CHANNEL = "cchc:api";
