// Right-to-left is a mirror of left-to-right only when styles name sides logically
// (docs/i18n.md, "Right-to-left plan"): no left/right properties or values (margin-left, padding-right,
// border-left, left:, right:, text-align: left, float: right). Top, bottom, width and height do not
// change with the writing direction, so they stay allowed. Run by `npm run lint` (lint:css).
/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-use-logical'],
  rules: {
    'csstools/use-logical': [
      'always',
      {
        except: [
          /^(top|bottom)$/,
          /^(margin|padding|border|scroll-margin|scroll-padding)-(top|bottom)/,
          /^(min-|max-)?(height|width)$/,
        ],
      },
    ],
  },
};
