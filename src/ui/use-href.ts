import { useCallback } from 'react';
import { formatLocation, type Filters, type Route } from '../domain/url-state.ts';
import { useAppLocation } from './use-app-location.ts';

/**
 * Builds the address of a view from the current one: its filters (unless others are given) and
 * its language, so a link the reader copies opens the screen as they see it.
 */
export function useHref(): (route: Route, filters?: Filters) => string {
  const { location } = useAppLocation();
  return useCallback(
    (route, filters) =>
      formatLocation({ ...location, route, filters: filters ?? location.filters }),
    [location],
  );
}
