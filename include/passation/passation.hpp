#pragma once
/// \file
/// Everything passation offers, in one include.

/// \mainpage passation: the C++ API
///
/// passation plans the handover of a piece of software from the team that runs it to another one,
/// and draws it. Include `<passation/passation.hpp>` and link with `passation::passation`.
///
/// The pipeline, one header a stage:
/// - load a case: passation::load_case_file(), passation::default_case() (passation/load.hpp), or
///   build a passation::handover_case in C++ (passation/case.hpp) and check it with
///   passation::check_case() (passation/check.hpp);
/// - the handover process of a scenario, as a Boost.Graph: passation::build_process()
///   (passation/process.hpp);
/// - diagrams: passation::make_flowchart(), passation::make_overview(),
///   passation::make_decision_tree() (passation/flowchart.hpp), drawn by passation::render()
///   (passation/render.hpp), many at once by passation::render_batch() (passation/batch.hpp);
/// - analysis: passation::assess() (passation/analysis.hpp), passation::explore()
///   (passation/explore.hpp), passation::make_raci() (passation/raci.hpp), schedules and Gantt
///   charts (passation/timeline.hpp, passation/gantt.hpp);
/// - reports: passation::funder_report() and the other `*_report` functions, written by
///   passation::write_report() (passation/report.hpp);
/// - the meeting pack: passation::make_pack(), passation::write_pack() (passation/pack.hpp).
///
/// Errors are exceptions derived from passation::error (passation/error.hpp). The case file and
/// the command line are described in docs/case-file.md and docs/cli.md of the sources.

#include "passation/analysis.hpp"
#include "passation/batch.hpp"
#include "passation/case.hpp"
#include "passation/check.hpp"
#include "passation/diagnostic.hpp"
#include "passation/date.hpp"
#include "passation/diagram.hpp"
#include "passation/error.hpp"
#include "passation/explore.hpp"
#include "passation/flowchart.hpp"
#include "passation/gantt.hpp"
#include "passation/load.hpp"
#include "passation/output.hpp"
#include "passation/pack.hpp"
#include "passation/process.hpp"
#include "passation/raci.hpp"
#include "passation/render.hpp"
#include "passation/report.hpp"
#include "passation/text.hpp"
#include "passation/timeline.hpp"
#include "passation/version.hpp"
#include "passation/worker.hpp"
