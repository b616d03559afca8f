/**
 * The extension properties (RFC 5545 §3.8.8.2) our feeds add to each VEVENT, so that reading a feed we wrote gives
 * back what the standard properties cannot say: the organ's id and kind, a status beyond CANCELLED, the meeting a
 * moved one moved to, the address apart from the place, and the meeting's own description apart from the
 * DESCRIPTION written for people. Calendar programs ignore them.
 */
export const X = {
  organization: 'x-kommune-widgets-organization',
  kind: 'x-kommune-widgets-kind',
  status: 'x-kommune-widgets-status',
  movedTo: 'x-kommune-widgets-moved-to',
  address: 'x-kommune-widgets-address',
  description: 'x-kommune-widgets-description',
} as const;
