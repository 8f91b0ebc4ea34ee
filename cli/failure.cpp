// Failures, one kind per exit code (see exit_codes.hpp).

#include "failure.hpp"

#include <system_error>

#include <fmt/format.h>

#include "console.hpp"
#include "exit_codes.hpp"
#include "passation/error.hpp"

namespace passation::cli {

namespace {

int describe(const std::exception_ptr& failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const stopped_by_signal& e) {
    return 128 + e.signal;
  } catch (const usage_error& e) {
    warn("passation{}: error: {}\n", e.command.empty() ? "" : " " + e.command, terminal_safe(e.what()));
    return exit_usage;
  } catch (const case_error& e) {
    for (const diagnostic& d : e.diagnostics()) warn("{}\n", d.format());
    const std::size_t errors = count(e.diagnostics(), severity::error);
    warn("passation: {} error{}: nothing was written\n", errors, errors == 1 ? "" : "s");
    return exit_invalid;
  } catch (const io_error& e) {
    warn("passation: error: {}\n", terminal_safe(e.what()));
    return exit_io;
  } catch (const render_error& e) {
    warn("passation: error: {}\n", terminal_safe(e.what()));
    return exit_invalid;
  } catch (const error& e) {
    warn("passation: error: {}\n", terminal_safe(e.what()));
    return exit_invalid;
  } catch (const std::system_error& e) {
    warn("passation: error: cannot write: {}\n", terminal_safe(e.what()));
    return exit_io;
  } catch (const std::exception& e) {
    warn("passation: internal error: {}\n", terminal_safe(e.what()));
    return exit_invalid;
  } catch (...) {
    warn("passation: internal error: an exception of unknown type\n");
    return exit_invalid;
  }
}

}  // namespace

int report_failure(const std::exception_ptr& failure) noexcept {
  try {
    return describe(failure);
  } catch (...) {
    // Standard error itself failed: the exit code still says that something did.
    return exit_io;
  }
}

}  // namespace passation::cli
