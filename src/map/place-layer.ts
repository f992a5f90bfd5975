// The places on the map, clustered with supercluster. Markers are kept across view changes
// (keyed by place id or cluster id) so the one a keyboard user is on keeps its focus.
import L from 'leaflet';
import Supercluster from 'supercluster';
import type { Place } from '../shared/place';
import { clusterIcon, placeIcon } from './marker-icons';

export interface PlaceLayerOptions {
  /** Accessible name of a place's marker: name and kind. */
  describePlace: (place: Place) => string;
  /** Accessible name of a cluster: how many places, and that activating it zooms in. */
  describeCluster: (count: number) => string;
  /** The popup's content; called each time it opens. */
  popupFor: (place: Place, close: () => void) => HTMLElement;
  /** Called when a popup's content is thrown away (to unmount what popupFor rendered). */
  disposePopup: (content: HTMLElement) => void;
  reducedMotion: boolean;
}

type PointProps = { index: number };

/** Clusters merge markers closer than this many pixels: 44 px markers would overlap. */
const CLUSTER_RADIUS = 48;
/** From this zoom every place has its own marker (a street: places are rarely closer). */
const CLUSTER_MAX_ZOOM = 16;
/** extent 256: supercluster measures the radius on a tile of this size, Leaflet's tile size. */
const CLUSTER_OPTIONS = { radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM, extent: 256 };

export class PlaceLayer {
  /** Built by setPlaces; until then there is nothing to draw. */
  private index?: Supercluster<PointProps>;
  private places: Place[] = [];
  private markers = new Map<string, L.Marker>();
  private group = L.layerGroup();
  private generation = 0;

  constructor(
    private map: L.Map,
    private options: PlaceLayerOptions,
  ) {
    this.group.addTo(map);
    map.on('moveend', this.update, this);
  }

  setPlaces(places: Place[]) {
    this.places = places;
    this.index = new Supercluster<PointProps>(CLUSTER_OPTIONS);
    this.index.load(
      places.map((p, index) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { index } })),
    );
    this.generation++; // cluster ids of the old index mean nothing in the new one
    this.group.clearLayers();
    this.markers.clear();
    this.map.whenReady(this.update, this);
  }

  remove() {
    this.map.off('moveend', this.update, this);
    this.group.remove();
  }

  private update() {
    if (!this.index) return;
    const bounds = this.map.getBounds().pad(0.25);
    const zoom = Math.round(this.map.getZoom());
    const features = this.index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    const wanted = new Map<string, (typeof features)[number]>();
    for (const f of features) {
      const key = 'cluster' in f.properties && f.properties.cluster
        ? `c${this.generation}:${zoom}:${f.properties.cluster_id}`
        : `p:${this.places[(f.properties as PointProps).index].id}`;
      wanted.set(key, f);
    }
    for (const [key, marker] of this.markers) {
      if (!wanted.has(key)) {
        this.group.removeLayer(marker);
        this.markers.delete(key);
      }
    }
    for (const [key, f] of wanted) {
      if (this.markers.has(key)) continue;
      const [lon, lat] = f.geometry.coordinates;
      const marker =
        'cluster' in f.properties && f.properties.cluster
          ? this.clusterMarker(lat, lon, f.properties.cluster_id, f.properties.point_count)
          : this.placeMarker(this.places[(f.properties as PointProps).index]);
      this.markers.set(key, marker);
    }
  }

  private placeMarker(place: Place): L.Marker {
    const marker = L.marker([place.lat, place.lon], { icon: placeIcon(place.kind, !!place.mobile), keyboard: true, riseOnHover: true });
    let content: HTMLElement | undefined;
    marker.bindPopup(
      () => {
        content = this.options.popupFor(place, () => marker.closePopup());
        return content;
      },
      {
        closeButton: false,
        // Fits a 320 px screen: never wider than the map minus its margins.
        maxWidth: Math.min(300, this.map.getSize().x - 64),
        minWidth: Math.min(220, this.map.getSize().x - 64),
        autoPanPadding: L.point(16, 16),
        // Opens below the zoom buttons (two 44 px buttons in the top-left corner), not under them.
        autoPanPaddingTopLeft: L.point(16, 112),
      },
    );
    marker.on('popupclose', () => {
      if (content) this.options.disposePopup(content);
      content = undefined;
    });
    marker.addTo(this.group);
    const el = marker.getElement()!;
    el.setAttribute('aria-label', this.options.describePlace(place));
    el.dataset.markerId = place.id; // not data-place-id: that names the list's items
    el.dataset.count = '1';
    // Leaflet opens the popup on Enter; a role=button also answers Space (on keyup, as buttons do,
    // so the focus moved into the popup does not receive the key's end).
    L.DomEvent.on(el, 'keyup', (e) => {
      if ((e as KeyboardEvent).key === ' ') marker.openPopup();
    });
    L.DomEvent.on(el, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === ' ') e.preventDefault(); // no page scroll
    });
    return marker;
  }

  private clusterMarker(lat: number, lon: number, clusterId: number, count: number): L.Marker {
    const marker = L.marker([lat, lon], { icon: clusterIcon(count), keyboard: true });
    const zoomIn = () => {
      const zoom = Math.min(this.index!.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
      const hadFocus = marker.getElement() === document.activeElement;
      this.map.setView([lat, lon], zoom, { animate: !this.options.reducedMotion });
      // The cluster's marker is gone: give the focus back to the map, from where Tab reaches the places.
      if (hadFocus) this.map.getContainer().focus({ preventScroll: true });
    };
    marker.on('click', zoomIn);
    marker.addTo(this.group);
    const el = marker.getElement()!;
    el.setAttribute('aria-label', this.options.describeCluster(count));
    el.dataset.count = String(count);
    L.DomEvent.on(el, 'keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        zoomIn();
      }
    });
    return marker;
  }
}
