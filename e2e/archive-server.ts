/**
 * The build of the fixture archive (e2e/fixtures/years: three years of invented articles), made by
 * `npm run build:years` and served by playwright.config.ts on the port after the main build's.
 * Specs of the archive of years (ADR 015) point their baseURL here.
 */
export const ARCHIVE_BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4273) + 1}/`;
