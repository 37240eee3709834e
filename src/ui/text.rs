//! Lets a content `Text` (and an `Id`) stand wherever Yew takes a `&'static str`: as a child, an attribute
//! or a key. The words are borrowed from the loaded strings, never copied.

use yew::html::IntoPropValue;
use yew::virtual_dom::{AttrValue, Key, VNode, VText};

use crate::content::{Id, Text};

impl IntoPropValue<VNode> for Text {
    #[inline(never)]
    fn into_prop_value(self) -> VNode {
        VText::new(AttrValue::Static(self.get())).into()
    }
}

impl IntoPropValue<AttrValue> for Text {
    #[inline(never)]
    fn into_prop_value(self) -> AttrValue {
        AttrValue::Static(self.get())
    }
}

impl IntoPropValue<Option<AttrValue>> for Text {
    #[inline(never)]
    fn into_prop_value(self) -> Option<AttrValue> {
        Some(AttrValue::Static(self.get()))
    }
}

impl From<Text> for Key {
    fn from(text: Text) -> Key {
        Key::from(text.get())
    }
}

// The same for a content `Id` (in `data-` attributes, keys, and the few places an id is shown,
// such as a source's "S22").

impl IntoPropValue<VNode> for Id {
    #[inline(never)]
    fn into_prop_value(self) -> VNode {
        VText::new(AttrValue::Static(self.get())).into()
    }
}

impl IntoPropValue<AttrValue> for Id {
    #[inline(never)]
    fn into_prop_value(self) -> AttrValue {
        AttrValue::Static(self.get())
    }
}

impl IntoPropValue<Option<AttrValue>> for Id {
    #[inline(never)]
    fn into_prop_value(self) -> Option<AttrValue> {
        Some(AttrValue::Static(self.get()))
    }
}

impl From<Id> for Key {
    fn from(id: Id) -> Key {
        Key::from(id.get())
    }
}
