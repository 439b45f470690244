#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing: Chromium (e2e tests, npm start),
# ffmpeg (camera fixtures); with --test also firefox-esr (Firefox e2e) and Python with PyTorch and
# scikit-learn (lab/); with --screenshots a colour emoji font (the popup's thumbs and player buttons are
# emoji, which the store images must show as users see them). Idempotent and quick when
# everything is there. Needs root or sudo to install; otherwise says what to install.
set -euo pipefail
missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
if [ "${1:-}" = "--test" ]; then
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  /usr/bin/python3 -c 'import torch, torchvision, sklearn, skimage, h5py, matplotlib' 2>/dev/null ||
    missing+=(python3-torch python3-torchvision python3-sklearn python3-skimage python3-h5py python3-matplotlib)
fi
if [ "${1:-}" = "--screenshots" ]; then
  fc-list ':charset=1f44d' 2>/dev/null | grep -q . || missing+=(fonts-noto-color-emoji)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "run as root: apt-get install -y ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
