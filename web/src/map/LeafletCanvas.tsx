import L from 'leaflet';
// Leaflet 1.x has no `exports` map: dist/leaflet.css is its documented stylesheet (its package.json `style`).
// eslint-disable-next-line no-restricted-imports
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { appConfig } from '../app/app-config';
import { knownPoints, type DeliveryMapProps } from './map-points';

/** Colours of the three markers, the same as the keys in the text beside the map. */
const COLOURS = { restaurant: '#b3261e', dropoff: '#0b57d0', courier: '#1e6b34' } as const;

/**
 * The drawing itself. Markers are vector circles, not image icons, so nothing but the tiles
 * comes from elsewhere; with no tile server (or tiles that fail) the circles and the track
 * stay on the plain background the `.map` class paints.
 */
export default function LeafletCanvas({ restaurant, dropoff, track, label }: DeliveryMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<L.LayerGroup | null>(null);
  const [tiles, setTiles] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void appConfig().then((config) => live && setTiles(config.mapTiles));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!element.current) return;
    // The map is looked at, not operated: keyboard focus stays with the page's controls.
    const created = L.map(element.current, { zoomControl: true, attributionControl: true, keyboard: false });
    map.current = created;
    layers.current = L.layerGroup().addTo(created);
    created.setView([0, 0], 2);
    return () => {
      created.remove();
      map.current = null;
      layers.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    if (!current || !tiles) return;
    const layer = L.tileLayer(tiles, { attribution: '&copy; OpenStreetMap contributors', maxZoom: 19 });
    // A tile server that does not answer leaves the plain background rather than grey holes.
    let failures = 0;
    layer.on('tileerror', () => {
      failures += 1;
      if (failures >= 3) layer.remove();
    });
    layer.addTo(current);
    return () => {
      layer.remove();
    };
  }, [tiles]);

  useEffect(() => {
    const current = map.current;
    const group = layers.current;
    if (!current || !group) return;
    group.clearLayers();
    const circle = (at: L.LatLngExpression, colour: string, radius: number) =>
      L.circleMarker(at, { radius, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1, interactive: false }).addTo(group);
    if (track.length > 1) {
      L.polyline(
        track.map((p) => [p.location.lat, p.location.lng] as L.LatLngTuple),
        { color: COLOURS.courier, weight: 4, opacity: 0.8, dashArray: '6 6', interactive: false },
      ).addTo(group);
    }
    if (restaurant) circle([restaurant.lat, restaurant.lng], COLOURS.restaurant, 9);
    if (dropoff) circle([dropoff.lat, dropoff.lng], COLOURS.dropoff, 9);
    const courier = track.at(-1);
    if (courier) circle([courier.location.lat, courier.location.lng], COLOURS.courier, 8);
    const points = knownPoints({ restaurant, dropoff, track });
    if (points.length === 1) current.setView([points[0].lat, points[0].lng], 15);
    else if (points.length > 1)
      current.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple)), { padding: [24, 24], maxZoom: 16 });
  }, [restaurant, dropoff, track]);

  // A named group, not an image: it holds Leaflet's zoom buttons and attribution link. The
  // facts it shows are also text beside it (DeliveryMap's list).
  return <div ref={element} className="map" role="group" aria-label={label} />;
}
