import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import type { SlideSpec } from '@/components/slide-spec';
import styles from './export-gaps-dialog.module.css';
import { missingList } from './slide-frame-messages';

const messages = defineMessages({
  heading: {
    id: 'present.gaps.heading',
    defaultMessage: 'Data did not load for {count, plural, one {one slide} other {# slides}}',
    description: 'Heading of the dialog before an export with data missing.',
  },
  item: {
    id: 'present.gaps.item',
    defaultMessage: '<b>{title}</b>: {missing}',
    description: 'One slide in the dialog: its title, then what did not load.',
  },
  body: {
    id: 'present.gaps.body',
    defaultMessage: 'Those slides say so in the file.',
    description: 'In the dialog, before the question whether to go on.',
  },
  cancel: { id: 'present.gaps.cancel', defaultMessage: 'Cancel', description: 'Dialog button: no export.' },
  continue: {
    id: 'present.gaps.continue',
    defaultMessage: 'Continue',
    description: 'Dialog button: export anyway.',
  },
});

interface ExportGapsDialogProps {
  /** Slides whose data did not load; the dialog is open while there are any. */
  gaps: readonly SlideSpec[];
  /** Whether to go on, in words: "Download the PowerPoint file anyway?" */
  question: string;
  onContinue: () => void;
  onCancel: () => void;
}

/** Before an export with holes in it: which slides are incomplete, and a choice to go on or not. */
export function ExportGapsDialog({ gaps, question, onContinue, onCancel }: ExportGapsDialogProps) {
  const t = useLocale();
  return (
    <Modal
      isOpen={gaps.length > 0}
      onOpenChange={(open) => !open && onCancel()}
      isDismissable
      className={styles.modal}
    >
      <Dialog role="alertdialog" className={styles.dialog}>
        <Heading slot="title">{t.format(messages.heading, { count: gaps.length })}</Heading>
        <ul>
          {gaps.map((s) => (
            <li key={s.id}>
              {t.formatRich(messages.item, {
                b: (chunks) => <strong key="b">{chunks}</strong>,
                title: s.title,
                missing: missingList(t, s.missing ?? []),
              })}
            </li>
          ))}
        </ul>
        <p>
          {t.format(messages.body)} {question}
        </p>
        <div className={styles.buttons}>
          <Button className="button" onPress={onCancel} autoFocus>
            {t.format(messages.cancel)}
          </Button>
          <Button className="button" onPress={onContinue}>
            {t.format(messages.continue)}
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
