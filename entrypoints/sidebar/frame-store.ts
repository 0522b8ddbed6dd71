import { create } from 'zustand';
import type { FrameState } from '@/messaging/frame-state';

interface FrameStore {
  /** The profile the host page shows, as the content script last told this frame. */
  frame: FrameState | null;
  setFrame: (frame: FrameState | null) => void;
}

/** UI state of the sidebar frame only; persistent data lives in the background's Dexie. */
export const useFrameStore = create<FrameStore>((set) => ({
  frame: null,
  setFrame: (frame) => set({ frame }),
}));
