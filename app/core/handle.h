#pragma once

// The former name of handlenormalizer.h; new code includes that one.
#include "handlenormalizer.h"
