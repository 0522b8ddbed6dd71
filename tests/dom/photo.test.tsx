import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Photo } from '@/components/shared/Photo';

describe('a person’s photo', () => {
  it.each([
    ['no photo', undefined, false, 'É'],
    ['a photo that loads', 'https://media.licdn.com/p/claire.jpg', false, null],
    ['a photo that fails (an expired address)', 'https://media.licdn.com/p/claire.jpg', true, 'É'],
  ])('%s', (_case, url, fails, initial) => {
    const { container } = render(<Photo url={url} name="Émilie Roux" className="avatar" />);
    const image = container.querySelector('img');
    if (fails) fireEvent.error(image!);
    const shown = container.firstElementChild!;
    expect(shown.className).toBe(initial ? 'avatar placeholder' : 'avatar');
    if (initial) expect(shown).toHaveTextContent(initial);
    else expect(shown.tagName).toBe('IMG');
    expect(shown).toHaveAttribute(initial ? 'aria-hidden' : 'alt', initial ? 'true' : '');
  });

  it('a new address after a failure is tried again', () => {
    const { container, rerender } = render(<Photo url="https://media.licdn.com/old.jpg" name="Émilie Roux" className="photo" />);
    fireEvent.error(container.querySelector('img')!);
    expect(container.querySelector('img')).toBeNull();
    rerender(<Photo url="https://media.licdn.com/new.jpg" name="Émilie Roux" className="photo" />);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://media.licdn.com/new.jpg');
  });
});
