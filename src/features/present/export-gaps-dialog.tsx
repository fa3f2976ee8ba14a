import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import type { SlideSpec } from '@/components/slide-spec';

interface ExportGapsDialogProps {
  /** Slides whose data did not load; the dialog is open while there are any. */
  gaps: readonly SlideSpec[];
  what: string;
  onContinue: () => void;
  onCancel: () => void;
}

/** Before an export with holes in it: which slides are incomplete, and a choice to go on or not. */
export function ExportGapsDialog({ gaps, what, onContinue, onCancel }: ExportGapsDialogProps) {
  return (
    <Modal
      isOpen={gaps.length > 0}
      onOpenChange={(open) => !open && onCancel()}
      isDismissable
      className="export-gaps-modal"
    >
      <Dialog role="alertdialog" className="export-gaps">
        <Heading slot="title">
          Data did not load for {gaps.length === 1 ? 'one slide' : `${gaps.length} slides`}
        </Heading>
        <ul>
          {gaps.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>: {(s.missing ?? []).map((m) => m.what).join(', ')}
            </li>
          ))}
        </ul>
        <p>Those slides say so in the file. {what} anyway?</p>
        <div className="export-gaps-buttons">
          <Button className="button" onPress={onCancel} autoFocus>
            Cancel
          </Button>
          <Button className="button" onPress={onContinue}>
            Continue
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
