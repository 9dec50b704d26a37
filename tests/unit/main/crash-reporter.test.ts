import { describe, expect, it, vi } from 'vitest';
import { LOCAL_CRASH_REPORTS, startLocalCrashReporter } from '../../../src/main/crash-reporter';

describe('the crash reporter', () => {
  it('keeps crash dumps on this computer: no upload, no address to send them to', () => {
    const start = vi.fn();
    startLocalCrashReporter({ start });
    expect(start).toHaveBeenCalledWith(LOCAL_CRASH_REPORTS);
    expect(LOCAL_CRASH_REPORTS.uploadToServer).toBe(false);
    expect(LOCAL_CRASH_REPORTS).not.toHaveProperty('submitURL');
  });
});
