import { Link } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';

const messages = defineMessages({
  title: {
    id: 'shell.not-found.title',
    defaultMessage: 'Page not found',
    description: 'Heading for an unknown address.',
  },
  text: {
    id: 'shell.not-found.text',
    defaultMessage: 'There is no page at this address. <link>Go to the overview</link>.',
    description: 'Under "Page not found"; <link> is a link to the overview page.',
  },
});

export function NotFound() {
  const t = useLocale();
  return (
    <section className="page">
      <h2 className="page-title">{t.format(messages.title)}</h2>
      <p>
        {t.formatRich(messages.text, {
          link: (chunks) => (
            <Link key="link" href="/">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
