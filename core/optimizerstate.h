#pragma once
// What an optimizer has learnt from the steps it took, so that training can stop, be saved and go
// on exactly as if it had never stopped.
#include "optimizerkind.h"
#include "tensor.h"

namespace bp {

struct OptimizerState {
    OptimizerKind kind = OptimizerKind::SGD;  // whose state this is; another optimizer ignores it
    long steps = 0;  // steps taken: Adam's t; 0 for the others
    Vector first;    // Momentum's velocity v, Adam's first moment m; empty when there is no state
    Vector second;   // Adam's second moment v; empty for the others

    /// True when there is nothing to restore (plain SGD, or no step taken yet).
    bool empty() const { return first.size() == 0 && second.size() == 0 && steps == 0; }

    /// True when the steps and every element are equal (shapes first).
    bool operator==(const OptimizerState& other) const
    {
        return kind == other.kind && steps == other.steps && first.size() == other.first.size() && second.size() == other.second.size()
               && first == other.first && second == other.second;
    }
};

}  // namespace bp
