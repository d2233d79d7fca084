/** WeChat reads custom-tab-bar/index.json: the tab bar is a custom component. */
export default { component: true }
