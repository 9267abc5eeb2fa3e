/*
 * Placeholder. The task-pane web build (React + Fluent UI v9, office.js) comes with the add-in
 * (issue 3). Until then `npm run build` compiles the core and the CLI with tsc.
 */
module.exports = () => {
  throw new Error('The add-in web build is not part of this version yet: see README.md (issue 3).');
};
