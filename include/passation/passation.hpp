#pragma once
/// \file
/// Everything passation offers, in one include.

#include "passation/analysis.hpp"
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
