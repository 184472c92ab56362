// Run by `npm run typecheck`: the bench pages it checks import peers that live in bench/node_modules.
import { ensureBenchPeers } from './ensure-setup.mjs';

ensureBenchPeers();
