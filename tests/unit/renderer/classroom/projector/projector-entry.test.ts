import { describe, expect, it, vi } from 'vitest';
import { offerProjector, openProjector } from '@renderer/classroom/projector/projector-entry';

describe('the projector’s entry between the header and the reader', () => {
  it('opens the reader that offers it, with the control to return to', () => {
    const open = vi.fn();
    const withdraw = offerProjector(open);
    const control = {} as HTMLElement;
    openProjector(control);
    expect(open).toHaveBeenCalledWith(control);
    withdraw();
    openProjector(null);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('keeps a newer reader’s offer when an older one withdraws late', () => {
    const older = vi.fn();
    const newer = vi.fn();
    const withdrawOlder = offerProjector(older);
    const withdrawNewer = offerProjector(newer);
    withdrawOlder();
    openProjector();
    expect(newer).toHaveBeenCalledTimes(1);
    expect(older).not.toHaveBeenCalled();
    withdrawNewer();
  });
});
