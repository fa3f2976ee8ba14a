export const BORDER_NOTE =
  'Boundaries follow Natural Earth (1:50m, lines of actual control) and do not imply endorsement of any boundary or claim. The hatched area is the disputed Kashmir region (Gilgit-Baltistan, Azad Jammu and Kashmir, Jammu and Kashmir, Ladakh, Aksai Chin): an approximate outline drawn by us, not a surveyed line.';

/** Always visible under the map: what the borders are, and what they are not. */
export function BorderNote() {
  return (
    <p className="map-border-note" role="note">
      {BORDER_NOTE}
    </p>
  );
}
