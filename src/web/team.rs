//! The team view: the team's recommendation and how far the members agree,
//! the facts to reconcile, what divides them, what no one knows, questions
//! for the workshop and the team's plan; then the members, with their
//! labels and a form to add more, and ways to take it all away. Everything
//! shown comes from the engine's [`TeamResult`].

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::View;

use super::actions::{copy_page_link, copy_status, Copy};
use super::browser::{download, print_widget_of};
use super::result::{plan_step, prerequisite_notes};
use crate::engine::lang::Text;
use crate::engine::model::CollaborationModel;
use crate::engine::notice::gather_problem;
use crate::engine::questionnaire::fill;
use crate::engine::scoring::Evaluation;
use crate::engine::share_code::{fragment_key, team_fragment_key, ShareCode};
use crate::engine::team::{GatherProblem, Team, TeamResult, WorkshopQuestion, LABEL_MAX_CHARS, MAX_MEMBERS};
use crate::engine::team_file::{team_csv, team_file};
use crate::engine::wording::Wording;

#[derive(Properties, PartialEq)]
pub struct TeamScreenProps {
    pub view: View,
    pub team: Team,
    /// The engine's view of `team` (None without members), computed once
    /// per team by the root, which also reports it to the host page.
    pub result: Option<Rc<TeamResult>>,
    pub company: Option<String>,
    pub id_prefix: AttrValue,
    pub save_key: AttrValue,
    pub heading: NodeRef,
    pub on_change: Callback<Team>,
    /// Back to the visitor's own result, or else to the intro.
    pub back_to_result: bool,
    pub on_back: Callback<()>,
}

#[component]
pub fn TeamScreen(props: &TeamScreenProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, reader } = view;
    let ui = questionnaire.texts();
    let id = |part: &str| format!("{}-team-{part}", props.id_prefix);
    let problems = use_state(Vec::<GatherProblem>::new);
    let keep_labels = use_state(|| true);
    let copy = use_state(|| Copy::Idle);
    let link_too_long = use_state(|| false);
    let download_failed = use_state(|| false);
    let paste = use_node_ref();
    let result = props.result.clone();

    let on_add = {
        let (team, on_change, problems, paste) =
            (props.team.clone(), props.on_change.clone(), problems.clone(), paste.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(field) = paste.cast::<HtmlTextAreaElement>() else { return };
            let mut next = team.clone();
            let found = next.gather(&field.value(), questionnaire);
            // What joined leaves the field; what can be corrected or tried
            // again stays. Text with nothing in it to read stays as it is.
            if !found.iter().any(|p| matches!(p, GatherProblem::Empty | GatherProblem::NothingFound)) {
                field.set_value(&found.iter().filter_map(GatherProblem::retry).collect::<Vec<_>>().join("\n"));
            }
            problems.set(found);
            on_change.emit(next);
        })
    };
    let on_copy = {
        let (team, keep_labels, key, copy, too_long) =
            (props.team.clone(), keep_labels.clone(), props.save_key.clone(), copy.clone(), link_too_long.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(value) = team.link_value(*keep_labels) else {
                too_long.set(true);
                return;
            };
            too_long.set(false);
            copy_page_link(&team_fragment_key(&key), &value, &fragment_key(&key), copy.clone());
        })
    };
    let on_print = Callback::from(move |event: MouseEvent| {
        print_widget_of(&event, ui.team_view().get(lang), questionnaire.lang_code(lang))
    });
    let on_csv = {
        let result = result.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(team) = result.as_ref() {
                download("cio-cmo-advisor-team.csv", &team_csv(team, lang), "text/csv;charset=utf-8");
            }
        })
    };
    let on_json = {
        let (result, download_failed) = (result.clone(), download_failed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(team) = result.as_ref() else { return };
            let download_failed = download_failed.clone();
            download_failed.set(false);
            reader.write_team(&team_file(team, lang), move |json| match json {
                Some(json) => download("cio-cmo-advisor-team.json", &json, "application/json"),
                None => download_failed.set(true),
            });
        })
    };
    let on_keep_labels = {
        let keep_labels = keep_labels.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                keep_labels.set(input.checked());
            }
        })
    };

    let members = props.team.members();
    let count = [
        ("count", questionnaire.integer(members.len() as u64, lang)),
        ("max", questionnaire.integer(MAX_MEMBERS as u64, lang)),
    ];
    html! {
        <section class="screen team">
            <h2 ref={props.heading.clone()} tabindex="-1">{ ui.team_view().get(lang) }</h2>
            if let Some(team) = result.as_ref() {
                { team_analysis(view, team, props.company.as_deref()) }
            }
            <section class="result-part team-members" aria-labelledby={id("members-title")}>
                <h3 id={id("members-title")}>{ fill(ui.team_members_title().get(lang), &count) }</h3>
                // Members joining or leaving are announced; the view above
                // changes with them.
                <p class="visually-hidden" role="status">{ fill(ui.team_members_title().get(lang), &count) }</p>
                if !members.is_empty() {
                    <p class="team-hint" id={id("label-hint")}>{ ui.team_label_hint().get(lang) }</p>
                    <ol class="member-list">
                        { for members.iter().enumerate().map(|(index, member)| {
                            let name = result.as_ref().map(|t| t.name(index, lang)).unwrap_or_default();
                            let evaluation = result.as_ref().map(|t| t.evaluations[index]);
                            let on_label = {
                                let (team, on_change) = (props.team.clone(), props.on_change.clone());
                                Callback::from(move |event: Event| {
                                    if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                                        let mut next = team.clone();
                                        next.relabel(index, &input.value());
                                        on_change.emit(next);
                                    }
                                })
                            };
                            let on_remove = {
                                let (team, on_change) = (props.team.clone(), props.on_change.clone());
                                Callback::from(move |_: MouseEvent| {
                                    let mut next = team.clone();
                                    next.remove(index);
                                    on_change.emit(next);
                                })
                            };
                            let input_id = id(&format!("label-{index}"));
                            let number = questionnaire.integer(index as u64 + 1, lang);
                            html! {
                                // Answers are unique in a team: a label field keeps its
                                // place and focus when another member is removed.
                                <li class="member" key={ShareCode::new(member.answers).encode()}>
                                    <label for={input_id.clone()}>{ fill(ui.team_label().get(lang), &[("n", number)]) }</label>
                                    <div class="member-row">
                                        <input id={input_id} type="text" value={member.label.clone()}
                                            maxlength={LABEL_MAX_CHARS.to_string()} autocomplete="off"
                                            aria-describedby={id("label-hint")} onchange={on_label} />
                                        <button type="button" class="link-button" onclick={on_remove}>
                                            { fill(ui.team_remove().get(lang), &[("member", name)]) }
                                        </button>
                                    </div>
                                    if let Some(evaluation) = evaluation {
                                        { member_fits(view, &evaluation) }
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                }
                <form class="team-gather" onsubmit={on_add} novalidate=true>
                    <p>{ fill(ui.team_intro().get(lang), &count[1..]) }</p>
                    <label for={id("paste")}>{ ui.team_paste_label().get(lang) }</label>
                    <textarea ref={paste} id={id("paste")} rows="3" autocomplete="off" spellcheck="false"
                        aria-invalid={(!problems.is_empty()).then_some("true")}
                        aria-describedby={(!problems.is_empty()).then(|| id("problems"))} />
                    <button type="submit" class="primary">{ ui.team_add().get(lang) }</button>
                    if !problems.is_empty() {
                        <div class="field-error gather-problems" id={id("problems")} role="alert">
                            <ul>
                                { for problems.iter().map(|p| html! { <li>{ gather_problem(questionnaire, p, lang) }</li> }) }
                            </ul>
                        </div>
                    }
                </form>
            </section>
            if !members.is_empty() {
                <section class="result-part team-actions">
                    <h3>{ ui.actions_title().get(lang) }</h3>
                    <label class="keep-labels">
                        <input type="checkbox" checked={*keep_labels} onchange={on_keep_labels} />
                        { ui.team_keep_labels().get(lang) }
                    </label>
                    <div class="action-buttons">
                        <button type="button" class="secondary" onclick={on_copy}>{ ui.copy_team_link().get(lang) }</button>
                        <button type="button" class="secondary" onclick={on_print}>{ ui.print_sheet().get(lang) }</button>
                        <button type="button" class="secondary" onclick={on_csv}>{ ui.download_csv().get(lang) }</button>
                        <button type="button" class="secondary" onclick={on_json}>{ ui.download_team().get(lang) }</button>
                    </div>
                    if *link_too_long {
                        <p class="download-status" role="alert">{ ui.team_link_write_too_long().get(lang) }</p>
                    }
                    { copy_status(view, &copy, ui.team_link_copied(), id("link")) }
                    if *download_failed {
                        <p class="download-status" role="alert">{ ui.download_failed().get(lang) }</p>
                    }
                </section>
            }
            <div class="nav">
                <button type="button" class="secondary" onclick={props.on_back.reform(|_| ())}>
                    { if props.back_to_result { ui.back_to_result() } else { ui.back() }.get(lang) }
                </button>
            </div>
        </section>
    }
}

/// How many facts and divisions the workshop sheet prints in full (the
/// stylesheet's print rules hide the others, which the sheet then names),
/// so that even a team of eight fits on two A4 pages.
const PRINTED_IN_FULL: usize = 2;

/// Everything the team sees, in the order.
fn team_analysis(view: View, team: &TeamResult, company: Option<&str>) -> Html {
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let model = team.model();
    let total = team.members.len();
    let integer = |n: usize| questionnaire.integer(n as u64, lang);
    let n = |m: CollaborationModel| m.number().to_string();
    let and = |items: Vec<String>| join(view, items);
    let agreement = match team.agreement.consensus {
        _ if total == 1 => ui.team_single().get(lang).to_owned(),
        Some(m) => fill(
            ui.team_consensus().get(lang),
            &[("n", n(m)), ("count", integer(team.agreement.on_top[m.index()])), ("total", integer(total))],
        ),
        None => {
            let tallies = team.agreement.models_on_top().into_iter().map(|m| {
                fill(
                    ui.team_tally().get(lang),
                    &[("n", n(m)), ("count", integer(team.agreement.on_top[m.index()])), ("total", integer(total))],
                )
            });
            fill(ui.team_divided().get(lang), &[("list", and(tallies.collect()))])
        }
    };
    let wording = Wording::for_answers(&team.recommendation.answers, company);
    let names = |members: &[usize]| and(members.iter().map(|&m| team.name(m, lang)).collect());
    let topic = |q: usize| questionnaire.question(q).topic.get(lang).to_owned();
    let label = |q: usize, o: usize| questionnaire.question(q).options[o].label.get(lang).to_owned();
    let quoted = |q: usize, o: usize| format!("“{}”", label(q, o));
    html! {<>
        <div class="team-headline" data-recommended-model={n(model)}
            data-consensus={team.agreement.consensus.map(n).unwrap_or_default()}>
            <p class="eyebrow">{ ui.team_eyebrow().get(lang) }</p>
            <p class="team-model">
                <span class="model-number">{ questionnaire.model_label(model, lang) }</span>
                { " " }<strong class="model-name">{ questionnaire.profile(model).name.get(lang) }</strong>
            </p>
            <p class="team-agreement">{ agreement }</p>
            if let Some(most) = team.agreement.consensus.filter(|&m| m != model) {
                <p class="note consensus-differs">
                    { fill(ui.team_consensus_differs().get(lang), &[("n", n(most)), ("m", n(model))]) }
                </p>
            }
            if total > 1 {
                <p class="team-combined">
                    { fill(ui.team_combined().get(lang), &[("n", n(model))]) }
                    if team.facts.iter().any(|f| f.decides()) {
                        { " " }{ ui.team_provisional().get(lang) }
                    } else if !team.facts.is_empty() {
                        { " " }{ ui.team_facts_same().get(lang) }
                    }
                </p>
            }
        </div>
        { spread_chart(view, team) }

        { part("team-facts", ui.team_facts_title().get(lang), html! {<>
            if team.facts.is_empty() {
                <p>{ ui.team_no_facts().get(lang) }</p>
            } else {
                <p>{ ui.team_facts_intro().get(lang) }</p>
                <ul class="fact-list">
                    { for team.facts.iter().map(|fact| html! {
                        <li data-question={questionnaire.question(fact.question).id.clone()}>
                            <p class="difference-topic">{ topic(fact.question) }</p>
                            <ul>
                                { for fact.answers.iter().map(|answer| html! {
                                    <li data-model={n(answer.model)}>{ fill(ui.team_fact_answer().get(lang), &[
                                        ("answer", quoted(fact.question, answer.option)),
                                        ("members", names(&answer.members)),
                                        ("n", n(answer.model)),
                                    ]) }</li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
                { printed_by_name(view, "more-facts", ui.team_more_facts(), team.facts.iter().map(|f| f.question)) }
            }
        </>}) }

        { part("team-divisions", ui.team_divisions_title().get(lang), html! {<>
            if team.divisions.is_empty() {
                <p>{ ui.team_no_divisions().get(lang) }</p>
            } else {
                <p>{ ui.team_divisions_intro().get(lang) }</p>
                <ol class="differences">
                    { for team.divisions.iter().map(|division| {
                        let q = division.question;
                        let points = questionnaire.percentage_points(division.weight.round() as u64, lang);
                        html! {
                            <li data-question={questionnaire.question(q).id.clone()}>
                                <p class="difference-topic">{ topic(q) }</p>
                                <dl class="difference-answers">
                                    { for division.by_answer().into_iter().map(|(o, members)| html! {
                                        <div><dt>{ label(q, o) }</dt><dd>{ names(&members) }</dd></div>
                                    }) }
                                </dl>
                                <p class="difference-weight">
                                    { match division.turns_to {
                                        Some((o, m)) => fill(ui.team_division_turns().get(lang), &[("answer", quoted(q, o)), ("n", n(m))]),
                                        None => fill(ui.team_division_moves().get(lang), &[("points", points)]),
                                    } }
                                </p>
                            </li>
                        }
                    }) }
                </ol>
                { printed_by_name(view, "more-divisions", ui.team_more_divisions(), team.divisions.iter().map(|d| d.question)) }
            }
        </>}) }

        if !team.unknowns.is_empty() {
            { part("team-unknowns", ui.team_unknowns_title().get(lang), html! {
                <ul class="unknown-list">
                    { for team.unknowns.iter().map(|unknown| {
                        let question = questionnaire.question(unknown.question);
                        let ask = wording.ask(questionnaire, question, lang);
                        html! {
                            <li data-question={question.id.clone()}>{ fill(ui.team_unknown().get(lang), &[
                                ("count", integer(unknown.members.len())),
                                ("total", integer(total)),
                                ("topic", topic(unknown.question)),
                                ("ask", ask),
                            ]) }</li>
                        }
                    }) }
                </ul>
            }) }
        }

        { part("team-workshop", ui.workshop_title().get(lang), html! {
            <ol class="workshop-questions">
                { for team.workshop.iter().map(|question| html! {
                    <li>{ workshop_text(view, team, &wording, *question) }</li>
                }) }
            </ol>
        }) }

        { part("team-plan", ui.team_plan_title().get(lang), html! {<>
            { prerequisite_notes(view, &wording, &team.recommendation) }
            <ol class="first-steps">
                { for team.recommendation.first_steps.iter().map(|step| {
                    html! { <li>{ plan_step(view, &wording, step, &team.holders(&step.owner)) }</li> }
                }) }
            </ol>
        </>}) }
    </>}
}

/// A member's own fits in one line, the model on top in bold:
/// "Model 1 65% · Model 2 54% · **Model 3 74%**".
fn member_fits(view: View, evaluation: &Evaluation) -> Html {
    let View { questionnaire, lang, .. } = view;
    html! {
        <p class="member-fits">
            { for CollaborationModel::ALL.into_iter().map(|m| {
                let fit = format!("{} {}", questionnaire.model_label(m, lang),
                    questionnaire.percent(evaluation.score(m).fit_percent(), lang));
                let separator = if m.index() > 0 { " · " } else { "" };
                if m == evaluation.recommended() {
                    html! {<>{ separator }<strong>{ fit }</strong></>}
                } else {
                    html! {<>{ separator }{ fit }</>}
                }
            }) }
        </p>
    }
}

/// One part of the team view: a titled section (plain, not a disclosure:
/// the view is read in a meeting and printed whole).
fn part(class: &'static str, title: &str, body: Html) -> Html {
    html! {
        <section class={classes!("result-part", class)}>
            <h3>{ title.to_owned() }</h3>
            { body }
        </section>
    }
}

/// On the workshop sheet, the questions of a list past those it prints in
/// full, by topic ("Other … : “A”, “B” and “C”."); nothing on screen.
fn printed_by_name(view: View, class: &'static str, template: &Text, questions: impl Iterator<Item = usize>) -> Html {
    let View { questionnaire, lang, .. } = view;
    let rest: Vec<String> =
        questions.skip(PRINTED_IN_FULL).map(|q| format!("“{}”", questionnaire.question(q).topic.get(lang))).collect();
    if rest.is_empty() {
        return Html::default();
    }
    html! { <p class={classes!("print-only", class)}>{ fill(template.get(lang), &[("list", join(view, rest))]) }</p> }
}

/// One workshop question in words.
fn workshop_text(view: View, team: &TeamResult, wording: &Wording, question: WorkshopQuestion) -> String {
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let topic = |q: usize| ("topic", questionnaire.question(q).topic.get(lang).to_owned());
    let label = |q: usize, o: usize| questionnaire.question(q).options[o].label.get(lang).to_owned();
    let names = |members: Vec<usize>| join(view, members.into_iter().map(|m| team.name(m, lang)).collect());
    let n = |m: CollaborationModel| m.number().to_string();
    match question {
        WorkshopQuestion::Fact(i) => {
            let fact = &team.facts[i];
            let answers =
                join(view, fact.answers.iter().map(|a| format!("“{}”", label(fact.question, a.option))).collect());
            fill(ui.workshop_fact().get(lang), &[topic(fact.question), ("answers", answers)])
        }
        WorkshopQuestion::Division(i) => {
            let division = &team.divisions[i];
            let q = division.question;
            let sides = [
                topic(q),
                ("low", names(division.members_answering(division.low))),
                ("a", label(q, division.low)),
                ("high", names(division.members_answering(division.high))),
                ("b", label(q, division.high)),
            ];
            match division.turns_to {
                Some((_, other)) => {
                    let models = [("n", n(team.model())), ("m", n(other))];
                    fill(ui.workshop_division_turns().get(lang), &[&sides[..], &models[..]].concat())
                }
                None => fill(ui.workshop_division().get(lang), &sides),
            }
        }
        WorkshopQuestion::Unknown(i) => {
            let question = questionnaire.question(team.unknowns[i].question);
            let ask = wording.ask(questionnaire, question, lang);
            fill(ui.workshop_unknown().get(lang), &[topic(team.unknowns[i].question), ("ask", ask)])
        }
        WorkshopQuestion::Hinge(q) => fill(
            ui.workshop_hinge().get(lang),
            &[topic(q), ("answer", label(q, team.recommendation.answers.option_index(q)))],
        ),
        WorkshopQuestion::Confirm => fill(ui.workshop_confirm().get(lang), &[("n", n(team.model()))]),
    }
}

/// "A", "A and B", "A, B and C".
fn join(view: View, items: Vec<String>) -> String {
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), view.questionnaire.texts().and().get(view.lang)),
        None => String::new(),
    }
}

/// Each model's fit across the team: the numbers as text, and for sighted
/// users a bar from the lowest to the highest fit, the mean marked, and a
/// dot per member.
fn spread_chart(view: View, team: &TeamResult) -> Html {
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let percent = |v: u8| questionnaire.percent(v, lang);
    html! {
        <ul class="fit-chart team-chart" aria-label={ui.team_chart_label().get(lang)}>
            { for CollaborationModel::ALL.into_iter().map(|model| {
                let spread = team.spread[model.index()];
                let is_recommended = model == team.model();
                html! {
                    <li class={classes!("fit-row", is_recommended.then_some("is-recommended"))} data-model={model.number().to_string()}>
                        <span class="fit-label">
                            <span class="fit-number">{ questionnaire.model_label(model, lang) }</span>
                            { " " }
                            <span class="fit-name">{ questionnaire.profile(model).short_name.get(lang) }</span>
                        </span>
                        <span class="fit-value">{ fill(ui.team_fit_line().get(lang), &[
                            ("mean", percent(spread.mean)), ("low", percent(spread.low)), ("high", percent(spread.high)),
                        ]) }</span>
                        <svg class="fit-bar team-bar" width="100%" height="16" aria-hidden="true" focusable="false">
                            <rect class="fit-track" x="0" y="4" width="100%" height="8" rx="4" />
                            <rect class="fit-fill" x={format!("{}%", spread.low)} y="4"
                                width={format!("{}%", spread.high - spread.low)} height="8" rx="4" />
                            { for team.evaluations.iter().map(|e| html! {
                                <circle class="member-dot" cx={format!("{}%", e.score(model).fit_percent())} cy="8" r="5" />
                            }) }
                            <rect class="mean-mark" x={format!("{}%", spread.mean)} y="0" width="2" height="16" />
                        </svg>
                    </li>
                }
            }) }
        </ul>
    }
}
