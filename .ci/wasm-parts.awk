# Sums `twiggy top` rows into the parts of the guide's wasm (see `.ci/dev sizes`).
BEGIN { FS = "┊" }
NR > 2 {
  bytes = $1 + 0; item = $3; sub(/^ +/, "", item)
  if (item ~ /^Σ|^\.\.\. and|^"function names"/) next
  part = "other (tables, types, imports, exports)"
  if (item ~ /data segment/) part = "data (text numbers, ids, messages)"
  else if (item ~ /Stateful>::view|recovery_options::ui/) part = "screens and components (html!)"
  else if (item ~ /serde|recovery_options::storage/) part = "storage and its JSON"
  else if (item ~ /recovery_options/) part = "content, rules and state"
  else if (item ~ /yew/) part = "Yew runtime"
  else if (item ~ /dlmalloc/) part = "allocator"
  else if (item ~ /wasm_bindgen|js_sys|web_sys|gloo/) part = "wasm-bindgen and browser bindings"
  else if (item ~ /sort::/) part = "sorting"
  else if (item ~ /core|alloc|std|hashbrown/) part = "Rust library (formatting, collections, strings)"
  sum[part] += bytes; total += bytes
}
END {
  for (part in sum) printf "%7d  %s\n", sum[part], part
  printf "%7d  total\n", total
}
