import { Link } from 'wouter';

export function NotFound() {
  return (
    <section className="page">
      <h2 className="page-title">Page not found</h2>
      <p>
        There is no page at this address. <Link href="/">Go to the overview</Link>.
      </p>
    </section>
  );
}
