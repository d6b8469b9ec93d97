#pragma once

namespace tw::cli {

// The process exit codes scripts rely on; part of the command-line contract.
enum ExitCode : int {
    Success = 0,
    Failure = 1,      // the command ran and could not do its job
    UsageError = 2,   // the command line itself is wrong
    RowsRejected = 3, // an import finished but rejected some rows
};

} // namespace tw::cli
