// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IOpGovCore} from "./IOpGovCore.sol";
import {IOpGovExtension} from "./IOpGovExtension.sol";
import {IOpGovLens} from "./IOpGovLens.sol";

/// @title IOpGov
/// @notice One DAO's operational layer: the cell registry, domains with budgets spent from the
///         community treasury Safe (opgov is a module on it), consent-objection rounds, and the
///         community's constraints. Every power is "wears hat H", checked with Hats'
///         `isWearerOfHat` at call time.
/// @dev The full ABI of an instance. An instance is three pieces sharing one storage: `OpGov`
///      (the hot paths, `IOpGovCore`) whose fallback delegates to `OpGovExtension`
///      (`IOpGovExtension`), whose fallback delegates to `OpGovLens` (`IOpGovLens`). Callers see
///      one contract.
interface IOpGov is IOpGovCore, IOpGovExtension, IOpGovLens {}
