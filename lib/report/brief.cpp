// The funder's brief: every line derived from the case, in plain words.

#include "passation/brief.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "passation/analysis.hpp"
#include "passation/timeline.hpp"
#include "report/phrases.hpp"

namespace passation {

using detail::speaker;

namespace {

// What one scenario comes to, once: its split, assessment, process and plan.
struct worked_out {
  const scenario* s;
  assessment a;
  process_graph p;
  schedule plan;
};

// The steps of the current team that hand nothing over and come before receipt is confirmed:
// how the next team is helped (documentation, training), each with when it happens.
std::vector<std::string> accompaniment_of(const speaker& say, const worked_out& x) {
  const handover_case& c = say.c;
  std::vector<std::string> out;
  bool handing_over = false;  // once pieces are handed over, what the current team does is no longer preparation
  for (const scheduled_step& step : x.plan.steps) {
    const process_node& n = x.p.node(step.state);
    if (!n.hands_over.empty()) handing_over = true;
    const actor* who = c.find_actor(x.p.graph[step.state].actor);
    if (n.kind != node_kind::step || !n.hands_over.empty() || !who || who->side != actor_side::current) continue;
    if (n.role != node_role::none || (handing_over && !step.in_loop)) continue;
    std::string line = detail::node_label(n, say.reader, say.w);
    if (n.duration_days) {
      const std::string days = fmt::format(fmt::runtime(*n.duration_days > 1 ? say.w.rate_days : say.w.rate_day),
                                           detail::format_number(*n.duration_days));
      line = fmt::format(fmt::runtime(say.w.brief_step_days), line, days);
    }
    if (step.in_loop) {
      line = fmt::format(fmt::runtime(say.w.brief_if_needed), line);
    } else {
      // A step on one answer of a decision happens only on that answer.
      for (auto e : boost::make_iterator_range(boost::in_edges(step.state, x.p.graph))) {
        const process_node& from = x.p.node(boost::source(e, x.p.graph));
        if (from.kind == node_kind::decision && from.role == node_role::none) {
          line = fmt::format(fmt::runtime(say.w.brief_on_answer), line, detail::node_label(from, say.reader, say.w),
                             x.p.graph[e].label.for_audience(say.reader));
        }
      }
    }
    out.push_back(std::move(line));
  }
  return out;
}

// The days of work the current team's steps take on the plan.
double current_team_days(const handover_case& c, const worked_out& x) {
  double days = 0;
  for (const scheduled_step& step : x.plan.steps) {
    const actor* who = c.find_actor(x.p.graph[step.state].actor);
    if (!step.in_loop && who && who->side == actor_side::current) days += step.finish - step.start;
  }
  return days;
}

class brief_builder {
 public:
  brief_builder(const handover_case& c, const brief_options& options)
      : c_(c), say_(c, report_options{.reader = audience::plain, .lang = options.lang}), w_(say_.w) {}

  brief build() {
    for (const scenario& s : c_.scenarios) {
      process_graph p = build_process(c_, s);
      schedule plan = make_schedule(p, start_of(c_));
      done_.push_back({&s, assess(c_, split_of(c_, s)), std::move(p), std::move(plan)});
    }
    b_.title = c_.title.for_audience(audience::plain);
    b_.subtitle = std::string(w_.brief_subtitle);
    b_.context = c_.description.for_audience(audience::plain);
    decision();
    for (const worked_out& x : done_) b_.scenarios.push_back(side_by_side(x));
    criteria();
    recommendation();
    for (const question& q : c_.questions) b_.questions.push_back(answer(q));
    // What a question already answers is not said twice.
    auto asked = [&](question_topic t) {
      return std::any_of(c_.questions.begin(), c_.questions.end(), [t](const question& q) { return q.about == t; });
    };
    if (!asked(question_topic::accompaniment) && !asked(question_topic::transition)) transition();
    if (!asked(question_topic::scope)) {
      for (std::size_t i = 0; i < c_.components.size(); ++i) {
        b_.glossary.emplace_back(say_.component_name(i), c_.components[i].meaning.for_audience(audience::plain));
      }
    }
    for (std::size_t i = 0; i < c_.profiles.size(); ++i) {
      b_.profiles.emplace_back(say_.profile_name(i), c_.profiles[i].explanation.for_audience(audience::plain));
    }
    const bool estimated =
        std::any_of(done_.begin(), done_.end(), [](const worked_out& x) { return x.plan.estimated; });
    const bool assumed = std::any_of(c_.process.begin(), c_.process.end(),
                                     [](const process_node& n) { return n.estimate == estimate_kind::step; });
    if (estimated) b_.estimates_note = std::string(w_.brief_estimates);
    if (assumed) b_.estimates_note += (b_.estimates_note.empty() ? "" : " ") + std::string(w_.brief_assumed);
    typeset_all();
    return std::move(b_);
  }

  // Every text of the brief in the typography of its language.
  void typeset_all() {
    auto set = [&](std::string& s) { s = typeset(s, say_.lang); };
    auto set_all = [&](std::vector<std::string>& lines) {
      for (std::string& line : lines) set(line);
    };
    for (std::string* s : {&b_.title, &b_.subtitle, &b_.context, &b_.decision, &b_.criteria_note, &b_.estimates_note})
      set(*s);
    for (brief_scenario& s : b_.scenarios) {
      for (std::string* one :
           {&s.title, &s.receivers, &s.contractor, &s.contractor_explained, &s.answers_after, &s.ends})
        set(*one);
      for (auto* list : {&s.handed_over, &s.kept, &s.risks, &s.advantages}) set_all(*list);
      for (deadline_note& d : s.against_deadlines) set(d.text);
    }
    for (criterion& c : b_.criteria) {
      set(c.label);
      set(c.explanation);
      for (rated& r : c.scenarios) set(r.words);
    }
    if (b_.recommendation) set(*b_.recommendation);
    set_all(b_.recommendation_reasons);
    for (brief_question& q : b_.questions) {
      set(q.question);
      set_all(q.common);
      for (auto& [who, lines] : q.per_scenario) {
        set(who);
        set_all(lines);
      }
    }
    set_all(b_.transition);
    for (auto& [a, b] : b_.glossary) set(a), set(b);
    for (auto& [a, b] : b_.profiles) set(a), set(b);
  }

 private:
  void decision() {
    b_.decision = fmt::format(fmt::runtime(w_.brief_decide), c_.scenarios.size());
    if (const actor* who = c_.find_actor(c_.decision.by)) {
      b_.decision += " " + fmt::format(fmt::runtime(w_.brief_decided_by), who->name.for_audience(audience::plain));
    }
    if (const auto day = date::parse(c_.decision.day)) {
      const std::string label = c_.decision.label.for_audience(audience::plain);
      b_.decision +=
          " " + (label.empty()
                     ? fmt::format(fmt::runtime(w_.brief_decided_on), detail::format_date(*day, w_))
                     : fmt::format(fmt::runtime(w_.brief_decided_when), detail::format_date(*day, w_), label));
    }
  }

  brief_scenario side_by_side(const worked_out& x) {
    brief_scenario out;
    out.id = x.s->id;
    out.title = say_.scenario_label(*x.s);
    out.handed_over = say_.component_names(x.a.transferred);
    out.kept = say_.component_names(x.a.kept);
    if (say_.receivers_vary()) out.receivers = say_.receivers_text(x.a.parts);
    const std::vector<std::string> contractor = say_.contractor(x.a);
    out.contractor = contractor.front();
    if (x.a.profile) out.contractor_explained = c_.profiles[*x.a.profile].explanation.for_audience(audience::plain);
    out.risks = say_.texts(x.a.risks);
    out.advantages = say_.texts(x.a.advantages);
    out.answers_after = say_.answers_after(x.p);
    out.estimated = x.plan.estimated;
    out.ends = fmt::format(fmt::runtime(x.plan.estimated ? w_.brief_ends : w_.brief_ends_sure),
                           detail::format_date(x.plan.end, w_));
    for (const deadline_check& d : x.plan.deadlines) {
      std::string label = d.label.for_audience(audience::plain);
      if (label.empty()) label = detail::format_date(d.day, w_);
      out.against_deadlines.push_back({d.met() ? fmt::format(fmt::runtime(w_.brief_deadline_met), label)
                                               : fmt::format(fmt::runtime(w_.brief_deadline_missed), label, -d.margin),
                                       d.met()});
    }
    return out;
  }

  void criteria() {
    const std::string keeper = say_.keeper();
    const std::size_t n = c_.components.size();
    criterion dependence{"dependence",
                         fmt::format(fmt::runtime(w_.crit_dependence), keeper),
                         fmt::format(fmt::runtime(w_.crit_dependence_how), n),
                         {}};
    criterion contractor{"contractor", std::string(w_.crit_contractor), std::string(w_.crit_contractor_how), {}};
    criterion risks{"risks", std::string(w_.crit_risks), std::string(w_.crit_risks_how), {}};
    criterion time{"time", std::string(w_.crit_time), std::string(w_.crit_time_how), {}};
    criterion work{"work", fmt::format(fmt::runtime(w_.crit_work), keeper), std::string(w_.crit_work_how), {}};
    std::vector<double> days;
    for (const worked_out& x : done_) days.push_back(current_team_days(c_, x));
    const double least = days.empty() ? 0 : *std::min_element(days.begin(), days.end());
    const double most = days.empty() ? 0 : *std::max_element(days.begin(), days.end());
    for (std::size_t i = 0; i < done_.size(); ++i) {
      const worked_out& x = done_[i];
      // What stays with the current team: nothing is best, a third or less in between.
      const std::size_t kept = x.a.kept.size();
      dependence.scenarios.push_back(
          {kept == 0       ? rating::good
           : 3 * kept <= n ? rating::fair
                           : rating::poor,
           kept == 0 ? std::string(w_.rate_nothing) : fmt::format(fmt::runtime(w_.rate_items), kept, n)});
      // The least demanding kind of contractor is the easiest to find.
      if (!x.a.profile) {
        contractor.scenarios.push_back({rating::poor, std::string(w_.rate_no_profile)});
      } else if (c_.profiles.size() == 1) {
        contractor.scenarios.push_back({rating::good, std::string(w_.rate_only_profile)});
      } else if (*x.a.profile == 0) {
        contractor.scenarios.push_back({rating::good, std::string(w_.rate_easier)});
      } else if (*x.a.profile + 1 == c_.profiles.size()) {
        contractor.scenarios.push_back({rating::poor, std::string(w_.rate_harder)});
      } else {
        contractor.scenarios.push_back({rating::fair, std::string(w_.rate_middle)});
      }
      const std::size_t r = x.a.risks.size();
      risks.scenarios.push_back({r == 0   ? rating::good
                                 : r == 1 ? rating::fair
                                          : rating::poor,
                                 r == 0 ? std::string(w_.rate_no_risk) : fmt::format("{}", r)});
      time.scenarios.push_back(time_rating(x.plan));
      const rating level = most == least      ? rating::good
                           : days[i] == least ? rating::good
                           : days[i] == most  ? rating::poor
                                              : rating::fair;
      work.scenarios.push_back({level, fmt::format(fmt::runtime(w_.rate_days), detail::format_number(days[i]))});
    }
    b_.criteria = {std::move(dependence), std::move(contractor), std::move(risks), std::move(time), std::move(work)};
    b_.criteria_note = std::string(w_.brief_criteria_note);
  }

  rated time_rating(const schedule& plan) const {
    if (plan.deadlines.empty()) return {rating::fair, std::string(w_.rate_no_deadline)};
    auto name = [&](const deadline_check& d) {
      const std::string label = d.label.for_audience(audience::plain);
      return label.empty() ? detail::format_date(d.day, w_) : label;
    };
    // Deadlines come earliest first: the missed ones come before the first one met.
    const auto met =
        std::find_if(plan.deadlines.begin(), plan.deadlines.end(), [](const deadline_check& d) { return d.met(); });
    if (met == plan.deadlines.begin()) return {rating::good, fmt::format(fmt::runtime(w_.rate_before), name(*met))};
    if (met == plan.deadlines.end())
      return {rating::poor, fmt::format(fmt::runtime(w_.rate_after), name(plan.deadlines.back()))};
    return {rating::fair, fmt::format(fmt::runtime(w_.rate_between), name(*(met - 1)), name(*met))};
  }

  void recommendation() {
    if (!c_.recommended) return;
    const scenario* s = c_.find_scenario(c_.recommended->scenario);
    if (!s) return;
    b_.recommendation = fmt::format(fmt::runtime(w_.brief_recommendation), say_.scenario_label(*s));
    for (const text& t : c_.recommended->reasons) b_.recommendation_reasons.push_back(t.for_audience(audience::plain));
  }

  // Says the same thing once when every scenario says it, else per scenario.
  void per_scenario(brief_question& q, const std::vector<std::vector<std::string>>& answers) {
    q.answered = true;
    const bool same = std::all_of(answers.begin(), answers.end(), [&](const auto& a) { return a == answers.front(); });
    if (same && !answers.empty()) {
      q.common = answers.front();
      return;
    }
    for (std::size_t i = 0; i < done_.size(); ++i)
      q.per_scenario.emplace_back(say_.scenario_label(*done_[i].s), answers[i]);
  }

  brief_question answer(const question& asked) {
    brief_question q;
    q.question = asked.asked.for_audience(audience::plain);
    q.about = asked.about;
    std::vector<std::vector<std::string>> answers;
    switch (asked.about) {
      case question_topic::none: q.common = {std::string(w_.brief_open)}; return q;
      case question_topic::scope:
        q.answered = true;
        for (std::size_t i = 0; i < c_.components.size(); ++i) {
          const std::string meaning = c_.components[i].meaning.for_audience(audience::plain);
          q.common.push_back(meaning.empty()
                                 ? say_.component_name(i)
                                 : fmt::format(fmt::runtime(w_.skill_at_level), say_.component_name(i), meaning));
        }
        return q;
      case question_topic::skills:
        for (const worked_out& x : done_) {
          std::vector<std::string> lines{say_.contractor(x.a).front()};
          if (x.a.profile) {
            const std::string why = c_.profiles[*x.a.profile].explanation.for_audience(audience::plain);
            if (!why.empty()) lines.front() = fmt::format(fmt::runtime(w_.skill_at_level), lines.front(), why);
          }
          answers.push_back(std::move(lines));
        }
        break;
      case question_topic::accompaniment:
        for (const worked_out& x : done_) answers.push_back(accompaniment_of(say_, x));
        break;
      case question_topic::transition:
        for (const worked_out& x : done_) answers.push_back(transition_of(x));
        break;
      case question_topic::risks:
        for (const worked_out& x : done_) {
          std::vector<std::string> risks = say_.texts(x.a.risks);
          if (risks.empty()) risks.emplace_back(w_.brief_no_risk);
          answers.push_back(std::move(risks));
        }
        break;
    }
    per_scenario(q, answers);
    return q;
  }

  std::vector<std::string> transition_of(const worked_out& x) const {
    std::vector<std::string> lines;
    const actor* first = c_.find_actor(c_.emergency_holder);
    if (first)
      lines.push_back(fmt::format(fmt::runtime(w_.brief_until_receipt), first->called().for_audience(audience::plain)));
    lines.push_back(fmt::format(fmt::runtime(w_.brief_then), say_.answers_after(x.p)));
    return lines;
  }

  void transition() {
    if (done_.empty()) return;
    for (const std::string& line : accompaniment_of(say_, done_.front())) b_.transition.push_back(line);
    if (const actor* first = c_.find_actor(c_.emergency_holder)) {
      b_.transition.push_back(
          fmt::format(fmt::runtime(w_.brief_until_receipt), first->called().for_audience(audience::plain)));
    }
    const worked_out& x = done_.front();
    for (const scheduled_step& step : x.plan.steps) {
      const process_node& n = x.p.node(step.state);
      if (n.role != node_role::validation) continue;
      b_.transition.push_back(fmt::format(fmt::runtime(w_.brief_validation), detail::node_label(n, audience::plain, w_),
                                          detail::actor_name(c_, x.p.graph[step.state].actor, audience::plain)));
    }
  }

  const handover_case& c_;
  speaker say_;
  const detail::words& w_;
  std::vector<worked_out> done_;
  brief b_;
};

}  // namespace

brief make_brief(const handover_case& c, const brief_options& options) { return brief_builder(c, options).build(); }

}  // namespace passation
