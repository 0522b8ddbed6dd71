import { create } from 'zustand';
import { decodeFrameState, type FrameState } from '@/messaging/frame-state';

interface FrameStore {
  /** The profile the host page shows, as the content script put it in our URL fragment. */
  frame: FrameState | null;
  readFromLocation: (hash: string) => void;
}

/** UI state of the sidebar frame only; persistent data lives in the background's Dexie. */
export const useFrameStore = create<FrameStore>((set) => ({
  frame: null,
  readFromLocation: (hash) => set({ frame: decodeFrameState(hash) }),
}));
