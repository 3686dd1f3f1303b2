#!/bin/sh
# make-example-repo.sh BARE_REPOSITORY FOLDER [OVERLAY_FOLDER...]
# Makes BARE_REPOSITORY (branch main) hold FOLDER with each OVERLAY_FOLDER's files laid over it, in that order.
# Creates the repository on the first run; later runs add one commit when the content changed, none otherwise,
# so the control plane watching the repository sees an ordinary history. REPOSITORY_OWNER (uid:gid) hands the
# repository to the control plane's user: Git refuses repositories owned by someone else.
set -eu
bare="${1:?usage: make-example-repo.sh BARE_REPOSITORY FOLDER [OVERLAY_FOLDER...]}"
folder="${2:?usage: make-example-repo.sh BARE_REPOSITORY FOLDER [OVERLAY_FOLDER...]}"
shift 2

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" GIT_CONFIG_NOSYSTEM=1
git config --global safe.directory '*'
git config --global user.name "gitops-gateway example"
git config --global user.email "example@gitops-gateway.invalid"
git config --global init.defaultBranch main

if [ ! -d "$bare" ]; then
  git init --quiet --bare "$bare"
fi
git clone --quiet "$bare" "$scratch/work" 2>/dev/null
cd "$scratch/work"
git symbolic-ref HEAD refs/heads/main

find . -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
cp -R "$folder"/. .
for overlay in "$@"; do
  cp -R "$overlay"/. .
done
git add --all

if git rev-parse --verify --quiet HEAD >/dev/null && git diff --cached --quiet; then
  echo "make-example-repo: $bare is up to date at $(git rev-parse --short HEAD)"
else
  git commit --quiet -m "Example repository from $(basename "$folder")"
  git push --quiet origin HEAD:main
  echo "make-example-repo: $bare now at $(git rev-parse --short HEAD)"
fi

if [ -n "${REPOSITORY_OWNER:-}" ]; then
  chown -R "$REPOSITORY_OWNER" "$bare"
fi
