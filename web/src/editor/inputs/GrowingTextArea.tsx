/** A text area that grows with its text through CSS `field-sizing` instead of measuring every box in script. */
import { Input } from 'antd';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Input.TextArea>, 'autoSize' | 'rows'> & {
  /** Lines shown at most before it scrolls. */
  maxRows?: number;
};

// antd's autoSize measures each text area with a hidden copy on mount, forcing a layout per box; a report form
// has a hundred of them. Browsers without `field-sizing` show two lines and a resize handle instead.
export function GrowingTextArea({ maxRows = 6, style, className, ...rest }: Props) {
  return (
    <Input.TextArea
      {...rest}
      rows={1}
      className={['jx-grow', className].filter(Boolean).join(' ')}
      style={{ maxHeight: `calc(${maxRows} * 1.5714em + 10px)`, ...style }}
    />
  );
}
