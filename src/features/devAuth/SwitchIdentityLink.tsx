/** Local sign-in exists only in the H5 build (SwitchIdentityLink.h5.tsx); elsewhere nothing shows. */
export function SwitchIdentityLink() {
  return null
}
