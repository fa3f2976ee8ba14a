// React 18 passes `inert` through as an attribute, but its types do not list it: '' sets it and
// undefined leaves it off (React 18 drops a boolean with a warning).
import 'react';

declare module 'react' {
  // The merged interface must repeat React's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    inert?: '' | undefined;
  }
}
