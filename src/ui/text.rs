//! Lets a content `Text` (and an `Id`) stand wherever Yew takes a `&'static str`: as a child, an attribute
//! or a key. The words are borrowed from the loaded strings, never copied.

use yew::html::IntoPropValue;
use yew::virtual_dom::{AttrValue, Key, VNode, VText};

use crate::content::{Id, Text};

/// Yew's conversions for a handle that reads as a `&'static str` (see `content::Text`).
macro_rules! stands_for_str {
    ($handle:ty) => {
        impl IntoPropValue<VNode> for $handle {
            #[inline(never)]
            fn into_prop_value(self) -> VNode {
                VText::new(AttrValue::Static(self.get())).into()
            }
        }

        impl IntoPropValue<AttrValue> for $handle {
            #[inline(never)]
            fn into_prop_value(self) -> AttrValue {
                AttrValue::Static(self.get())
            }
        }

        impl IntoPropValue<Option<AttrValue>> for $handle {
            #[inline(never)]
            fn into_prop_value(self) -> Option<AttrValue> {
                Some(AttrValue::Static(self.get()))
            }
        }

        impl From<$handle> for Key {
            fn from(handle: $handle) -> Key {
                Key::from(handle.get())
            }
        }
    };
}

stands_for_str!(Text);
// An id too: in `data-` attributes, keys, and the few places an id is shown (a source's "S22").
stands_for_str!(Id);
