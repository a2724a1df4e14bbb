#!/bin/sh
# Publishes this content folder to a server that runs microsite.jar with microsite.reload=true and
# --microsite.content-dir=DEPLOY_PATH/current: copies the folder into a new release folder beside the old ones,
# then switches the link "current" to it in one step. The server sees the old content or the new, never a
# half-copied folder, and builds the new site by itself; content it cannot build never replaces the running site.
#
# Usage, in the content folder: sh .microsite/publish-server.sh RELEASE
#   RELEASE             name of the release folder, starting with a number that grows with every run (the CI's
#                       run or pipeline number), so that the newest releases sort first
# Environment:
#   DEPLOY_PATH         folder on the server that holds releases/ and the link current (required)
#   DEPLOY_HOST         user@host to reach it by SSH; empty: DEPLOY_PATH is on this machine
#   DEPLOY_SSH_KEY      private key for DEPLOY_HOST (a CI secret): the key's text, or the path of a file holding it
#                       (a GitLab variable of type "File")
#   DEPLOY_KNOWN_HOSTS  DEPLOY_HOST's line for known_hosts (ssh-keyscan HOST), so that no other host gets the content
#   DEPLOY_CHECK        the server's own engine checks the new release before the switch (default: java -jar
#                       DEPLOY_PATH/microsite.jar check --strict, which refuses errors, placeholders and every other
#                       warning, as the pipeline's own check does; "… check" where the server starts without --strict)
#   KEEP_RELEASES       releases kept for a rollback, the current one included (default 5)
set -eu
case "${1:-}" in
  '' | *[!A-Za-z0-9._-]*) echo "usage: publish-server.sh RELEASE (letters, digits, . _ -)" >&2; exit 2 ;;
esac
release="releases/$1"
: "${DEPLOY_PATH:?DEPLOY_PATH is not set}"
keep="${KEEP_RELEASES:-5}"
check="${DEPLOY_CHECK:-java -jar '$DEPLOY_PATH/microsite.jar' check --strict}"

if [ -n "${DEPLOY_HOST:-}" ]; then
  key="${DEPLOY_SSH_KEY:?DEPLOY_SSH_KEY is not set}"
  if [ -f "$key" ]; then key=$(cat "$key"); fi
  # key and host line in a folder of this run only, removed at its end: nothing stays on a shared runner
  ssh_dir=$(mktemp -d)
  trap 'rm -rf "$ssh_dir"' EXIT
  # one line end after the key, which ssh needs and a pasted secret often lacks
  (umask 077 && printf '%s\n' "$key" > "$ssh_dir/key")
  printf '%s\n' "${DEPLOY_KNOWN_HOSTS:?DEPLOY_KNOWN_HOSTS is not set}" > "$ssh_dir/known_hosts"
  export RSYNC_RSH="ssh -i $ssh_dir/key -o UserKnownHostsFile=$ssh_dir/known_hosts -o BatchMode=yes"
fi

# runs a shell command where the releases are: over SSH, or on this machine
on_target() {
  if [ -n "${DEPLOY_HOST:-}" ]; then $RSYNC_RSH "$DEPLOY_HOST" "$1"; else sh -c "$1"; fi
}

# the server has no Git history, so it dates each page by its file's time: give every file the time of the last
# commit that changed it (rsync -a keeps it), not the time of this checkout. Without git, in a shallow clone or
# when git fails, every page would silently carry a wrong date: refuse instead.
command -v git >/dev/null || { echo "git is missing: install it in the publishing job" >&2; exit 1; }
if [ -e .git ] || git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  shallow=$(git rev-parse --is-shallow-repository) || exit 1
  if [ "$shallow" = true ]; then
    echo "shallow clone: check out the whole history (GitHub: fetch-depth: 0, GitLab: GIT_DEPTH: 0)" >&2
    exit 1
  fi
  # paths relative to this folder, also where the content is a subfolder of the repository. -z: names as they are,
  # not quoted ("sessions/\303\274ber-uns.md" for über-uns.md), one per line after tr; a commit's line is "/TIME",
  # which no relative path is
  commits=$(mktemp)
  git -c core.quotePath=off log -z --relative --format='/%ct' --name-only -- . > "$commits" ||
    { rm -f "$commits"; exit 1; }
  tr '\0' '\n' < "$commits" |
    awk '/^\// { time = substr($0, 2); next } $0 != "" && !($0 in seen) { seen[$0] = 1; print time, $0 }' |
    while IFS= read -r line; do
      file=${line#* }
      if [ -f "$file" ]; then touch -d "@${line%% *}" "$file"; fi
    done
  rm -f "$commits"
fi

# a re-run of a pipeline that published already: its release is live, and copying into it would change the served
# folder file by file
if on_target "cd '$DEPLOY_PATH' 2>/dev/null && [ current -ef '$release' ]"; then
  echo "Already published: $DEPLOY_PATH/current -> $release"
  exit 0
fi
on_target "mkdir -p '$DEPLOY_PATH/releases'"
# names starting with a dot (.git, the pipeline files) are not content
rsync -a --delete --exclude='.*' ./ "${DEPLOY_HOST:+$DEPLOY_HOST:}$DEPLOY_PATH/$release/"
# the server's engine, not the pipeline's, decides: with errors or, under --strict, placeholders, the running site
# would stay only until the next restart, which would then fail. So such a release never becomes current.
if ! on_target "$check --microsite.content-dir='$DEPLOY_PATH/$release'"; then
  on_target "cd '$DEPLOY_PATH' && rm -rf '$release'"
  echo "The server's check ($check) refused $release or could not run: current still points to the release" \
    "before it. Fix the content, or set DEPLOY_CHECK to the server's jar and strictness." >&2
  exit 1
fi
# ln -sfn alone replaces a link in two steps (remove, create); mv -T renames the new link over the old one in a
# single rename(2), so the server never finds no link
on_target "cd '$DEPLOY_PATH' && ln -sfn '$release' current.next && mv -T current.next current"
on_target "cd '$DEPLOY_PATH/releases' && ls -1 | grep -vxF '$1' | sort -rn | tail -n +$keep | xargs -r rm -rf --"
echo "Published: $DEPLOY_PATH/current -> $release"
