#!/bin/sh
# Publishes the exported site to an S3 bucket behind a CDN, in the order that keeps every page whole while it
# runs: assets first (their names carry a content hash, and old ones stay for pages still in caches), then
# calendars and the feed with their exact types, then the pages that point to all of them.
#
# Usage, in the content folder: sh .microsite/publish-object-store.sh SITE
#   SITE                the folder that "java -jar microsite.jar export --out=SITE" wrote
# Environment:
#   S3_BUCKET           s3://bucket or s3://bucket/prefix (required)
#   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (CI secrets) and AWS_REGION, read by the AWS CLI
set -eu
site="${1:?usage: publish-object-store.sh SITE}"
: "${S3_BUCKET:?S3_BUCKET is not set}"
pages="public, max-age=60, must-revalidate"

aws s3 sync "$site/assets" "$S3_BUCKET/assets" --cache-control "public, max-age=31536000, immutable"
# --delete here removes the calendars of sessions that no longer have one
aws s3 sync "$site" "$S3_BUCKET" --delete --exclude "*" --include "*.ics" \
    --content-type "text/calendar; charset=utf-8" --cache-control "$pages"
aws s3 cp "$site/feed.xml" "$S3_BUCKET/feed.xml" \
    --content-type "application/atom+xml; charset=utf-8" --cache-control "$pages"
# --delete removes pages that no longer exist; assets (kept for pages in caches), calendars and the feed are not
# touched by it
aws s3 sync "$site" "$S3_BUCKET" --delete --exclude "assets/*" --exclude "*.ics" --exclude "feed.xml" \
    --cache-control "$pages"
echo "Published: $site -> $S3_BUCKET"
