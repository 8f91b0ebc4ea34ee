// Failures, one kind per exit code (see exit_codes.hpp).

#include "failure.hpp"

#include <system_error>

#include <fmt/format.h>

#include "exit_codes.hpp"
#include "passation/error.hpp"

namespace passation::cli {

int report_failure(std::exception_ptr failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const usage_error& e) {
    fmt::print(stderr, "passation: error: {}\n", e.what());
    return exit_usage;
  } catch (const case_error& e) {
    for (const diagnostic& d : e.diagnostics()) fmt::print(stderr, "{}\n", d.format());
    const std::size_t errors = count(e.diagnostics(), severity::error);
    fmt::print(stderr, "passation: {} error{}: nothing was written\n", errors, errors == 1 ? "" : "s");
    return exit_invalid;
  } catch (const io_error& e) {
    fmt::print(stderr, "passation: error: {}\n", e.what());
    return exit_io;
  } catch (const render_error& e) {
    fmt::print(stderr, "passation: error: {}\n", e.what());
    return exit_invalid;
  } catch (const error& e) {
    fmt::print(stderr, "passation: error: {}\n", e.what());
    return exit_invalid;
  } catch (const std::system_error& e) {
    fmt::print(stderr, "passation: error: cannot write: {}\n", e.what());
    return exit_io;
  } catch (const std::exception& e) {
    fmt::print(stderr, "passation: internal error: {}\n", e.what());
    return exit_invalid;
  } catch (...) {
    fmt::print(stderr, "passation: internal error: an exception of unknown type\n");
    return exit_invalid;
  }
}

}  // namespace passation::cli
