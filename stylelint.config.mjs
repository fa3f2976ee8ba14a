// Right-to-left is a mirror of left-to-right only when styles name sides logically
// (docs/i18n.md, "Right-to-left plan"): no left/right properties or values (margin-left, padding-right,
// border-left, left:, right:, text-align: left, float: right). Top, bottom, width and height do not
// change with the writing direction, so they stay allowed. Run by `npm run lint` (lint:css).
/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-use-logical'],
  // TODO(issue 13): files of areas converted on other branches (overview, charts, map, explore,
  // present) that still name physical sides on this branch. Each area's helper converts its own;
  // remove a line here once its file passes (`npx stylelint 'src/**/*.css'`).
  ignoreFiles: [
    'src/features/charts/charts.css',
    'src/features/explore/explore.css',
    'src/features/map/map.css',
    'src/features/overview/overview.css',
    'src/features/present/notes.css',
    'src/features/present/present-content.css',
    'src/features/present/present.css',
  ],
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
