//! The bench baseline: the smallest useful Yew app (a counter), marking
//! `tierup:interactive` after its first render exactly as tierup's App does.
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_i64);
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("tierup:interactive");
        }
    });
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main>
            <button data-testid="increment" {onclick}>{ "+1" }</button>
            <output data-testid="count">{ *count }</output>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
