'use strict';
/*
 * Changelog entries for `changeset version`. With a GITHUB_TOKEN (the release workflow has one) entries link
 * the pull request, commit and author through @changesets/changelog-github, which must call GitHub's API.
 * Without one (a maintainer's laptop, an offline run, the release test) they are plain entries written by
 * changesets' own default, so `pnpm version-packages` works anywhere.
 */
const withGitHub = Boolean(process.env.GITHUB_TOKEN);

function load() {
  const module_ = withGitHub ? require('@changesets/changelog-github') : require('@changesets/cli/changelog');
  return module_.default ?? module_;
}

module.exports = {
  getReleaseLine: (changeset, type, options) => load().getReleaseLine(changeset, type, options),
  getDependencyReleaseLine: (changesets, dependenciesUpdated, options) =>
    load().getDependencyReleaseLine(changesets, dependenciesUpdated, options),
};
