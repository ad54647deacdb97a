export { DEMO_CLIENT_IDS, DEMO_OWN_ADDRESSES, type DemoData, demoData } from './demo-data';
