// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHatsErrors} from "./IHatsErrors.sol";
import {IHatsEvents} from "./IHatsEvents.sol";
import {IHatsIdUtilities} from "./IHatsIdUtilities.sol";

/// @title IHats
/// @notice The external interface of Hats Protocol v1 (`0x3bc1A0Ad72417f2d411118085256fC53CBdDd137`),
///         declared from the ABI published in the Hats SDK (`sdk-v1-core`) and from Hats' documented
///         behaviour. Every function, event and error of that ABI is here with the same name,
///         parameter types, return types and state mutability.
/// @dev Hats are ERC-1155-like tokens that cannot be transferred by their wearers. An account wears a
///      hat when it holds the token ("static balance"), the hat is active (its toggle module says so)
///      and the account is eligible and in good standing (its eligibility module says so); both
///      modules are asked on every read, so revocation takes effect without a transaction.
interface IHats is IHatsIdUtilities, IHatsErrors, IHatsEvents {
    // ---------------------------------------------------------------------------------------------
    // ERC-1155 events
    // ---------------------------------------------------------------------------------------------

    /// @notice ERC-1155 single transfer: a mint (`from` zero), burn (`to` zero) or admin transfer.
    event TransferSingle(
        address indexed operator,
        address indexed from,
        address indexed to,
        uint256 id,
        uint256 amount
    );

    /// @notice ERC-1155 batch transfer. Declared for the standard; Hats never emits it.
    event TransferBatch(
        address indexed operator,
        address indexed from,
        address indexed to,
        uint256[] ids,
        uint256[] amounts
    );

    /// @notice ERC-1155 approval. Declared for the standard; approvals are disabled.
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);

    /// @notice ERC-1155 metadata URI change. Declared for the standard; Hats never emits it.
    event URI(string value, uint256 indexed id);

    // ---------------------------------------------------------------------------------------------
    // Hats: creation and minting
    // ---------------------------------------------------------------------------------------------

    /// @notice Creates a new tree: a top hat (its own admin, max supply 1, immutable, no modules)
    ///         minted to `_target`.
    /// @param _details Metadata; not length-checked here (only on change).
    /// @param _imageURI Image of the top hat and fallback image of its tree.
    /// @return topHatId The new top hat's id (`lastTopHatId` + 1, in the top 32 bits).
    function mintTopHat(address _target, string calldata _details, string calldata _imageURI)
        external
        returns (uint256 topHatId);

    /// @notice Creates the next child hat of `_admin`. The caller must wear `_admin` or one of its
    ///         admins. Reverts `MaxLevelsReached` when `_admin` is at local level 14, `ZeroAddress`
    ///         for a zero module, `InvalidHatId` for a malformed `_admin`, `NotAdmin` otherwise.
    /// @return newHatId `getNextId(_admin)` before the call.
    function createHat(
        uint256 _admin,
        string calldata _details,
        uint32 _maxSupply,
        address _eligibility,
        address _toggle,
        bool _mutable,
        string calldata _imageURI
    ) external returns (uint256 newHatId);

    /// @notice `createHat` for each index, in order, so later hats may use earlier ones as admin.
    ///         Emits exactly one `HatCreated` per hat, in order.
    function batchCreateHats(
        uint256[] calldata _admins,
        string[] calldata _details,
        uint32[] calldata _maxSupplies,
        address[] calldata _eligibilityModules,
        address[] calldata _toggleModules,
        bool[] calldata _mutables,
        string[] calldata _imageURIs
    ) external returns (bool success);

    /// @notice The id the next `createHat(_admin, ...)` will return.
    function getNextId(uint256 _admin) external view returns (uint256 nextId);

    /// @notice Mints `_hatId` to `_wearer`. The caller must be an admin of the hat; the hat must exist,
    ///         be active and below its max supply; the wearer must be eligible and not wear it yet.
    function mintHat(uint256 _hatId, address _wearer) external returns (bool success);

    /// @notice `mintHat(_hatIds[i], _wearers[i])` for each index, in order.
    function batchMintHats(uint256[] calldata _hatIds, address[] calldata _wearers) external returns (bool success);

    // ---------------------------------------------------------------------------------------------
    // Hats: status, standing, wearers
    // ---------------------------------------------------------------------------------------------

    /// @notice Pushes the active status of `_hatId`; only its toggle module may call.
    /// @return toggled Whether the stored status changed.
    function setHatStatus(uint256 _hatId, bool _newStatus) external returns (bool toggled);

    /// @notice Pulls the status from the hat's toggle module and stores it. Anyone may call; reverts
    ///         `NotHatsToggle` when the toggle gives no valid answer.
    /// @return toggled Whether the stored status changed.
    function checkHatStatus(uint256 _hatId) external returns (bool toggled);

    /// @notice Pushes a wearer's status; only the hat's eligibility module may call. An ineligible
    ///         or bad-standing wearer's hat is burned; the standing is stored.
    /// @return updated Whether a hat was burned or the stored standing changed.
    function setHatWearerStatus(uint256 _hatId, address _wearer, bool _eligible, bool _standing)
        external
        returns (bool updated);

    /// @notice Pulls a wearer's status from the hat's eligibility module and applies it like
    ///         `setHatWearerStatus`. Anyone may call; reverts `NotHatsEligibility` when the module
    ///         gives no valid answer.
    function checkHatWearerStatus(uint256 _hatId, address _wearer) external returns (bool updated);

    /// @notice The caller takes off (burns) its own `_hatId`. Records no standing.
    function renounceHat(uint256 _hatId) external;

    /// @notice An admin moves `_hatId` from `_from` to `_to`. The hat must be mutable (top hats
    ///         excepted) and active; `_to` must be eligible and not wear it yet.
    function transferHat(uint256 _hatId, address _from, address _to) external;

    // ---------------------------------------------------------------------------------------------
    // Hats: linked trees
    // ---------------------------------------------------------------------------------------------

    /// @notice An admin of the top hat of `_topHatDomain` asks to link the tree under
    ///         `_requestedAdminHat`. A new request replaces the previous one.
    function requestLinkTopHatToTree(uint32 _topHatDomain, uint256 _requestedAdminHat) external;

    /// @notice A wearer or admin of `_newAdminHat` approves the pending request; the top hat may get
    ///         modules, details and an image at the same time (zero / empty values keep the current ones).
    function approveLinkTopHatToTree(
        uint32 _topHatDomain,
        uint256 _newAdminHat,
        address _eligibility,
        address _toggle,
        string calldata _details,
        string calldata _imageURI
    ) external;

    /// @notice An admin of the tree root unlinks it; `_wearer` must wear the tree root. Clears the
    ///         modules it got on linking.
    function unlinkTopHatFromTree(uint32 _topHatDomain, address _wearer) external;

    /// @notice Moves a linked tree under another hat of the same tippy-top tree. The caller must be an
    ///         admin of the tree root and a wearer or admin of `_newAdminHat`.
    function relinkTopHatWithinTree(
        uint32 _topHatDomain,
        uint256 _newAdminHat,
        address _eligibility,
        address _toggle,
        string calldata _details,
        string calldata _imageURI
    ) external;

    // ---------------------------------------------------------------------------------------------
    // Hats: admin changes (mutable hats only; top hats may change their details and image)
    // ---------------------------------------------------------------------------------------------

    /// @notice Makes `_hatId` immutable, for good.
    function makeHatImmutable(uint256 _hatId) external;

    /// @notice Replaces the details of `_hatId` (at most 7000 bytes).
    function changeHatDetails(uint256 _hatId, string calldata _newDetails) external;

    /// @notice Replaces the eligibility module of `_hatId` (never zero).
    function changeHatEligibility(uint256 _hatId, address _newEligibility) external;

    /// @notice Replaces the toggle module of `_hatId` (never zero). The old toggle's current answer,
    ///         when it gives one, is stored first so the hat keeps its status across the change.
    function changeHatToggle(uint256 _hatId, address _newToggle) external;

    /// @notice Replaces the image URI of `_hatId` (at most 7000 bytes).
    function changeHatImageURI(uint256 _hatId, string calldata _newImageURI) external;

    /// @notice Replaces the max supply of `_hatId`; never below its current supply.
    function changeHatMaxSupply(uint256 _hatId, uint32 _newMaxSupply) external;

    // ---------------------------------------------------------------------------------------------
    // Hats: reads
    // ---------------------------------------------------------------------------------------------

    /// @notice Everything stored about `_hatId`; `active` is asked of the toggle module like
    ///         `isActive`, `imageURI` is the hat's own (see `getImageURIForHat` for the inherited one)
    ///         and `lastHatId` is its number of children.
    function viewHat(uint256 _hatId)
        external
        view
        returns (
            string memory details,
            uint32 maxSupply,
            uint32 supply,
            address eligibility,
            address toggle,
            string memory imageURI,
            uint16 lastHatId,
            bool mutable_,
            bool active
        );

    /// @notice Whether `_user` wears `_hatId`: holds it, the hat is active, and `_user` is eligible
    ///         and in good standing.
    function isWearerOfHat(address _user, uint256 _hatId) external view returns (bool isWearer);

    /// @notice Whether `_user` wears an admin hat of `_hatId`, anywhere up the tree (through links).
    ///         An unlinked top hat is its own admin.
    function isAdminOfHat(address _user, uint256 _hatId) external view returns (bool isAdmin);

    /// @notice Whether `_wearer` is in good standing for `_hatId` (module answer, else stored).
    function isInGoodStanding(address _wearer, uint256 _hatId) external view returns (bool standing);

    /// @notice Whether `_wearer` is eligible for `_hatId`: eligible and in good standing by the module's
    ///         answer, else not in stored bad standing.
    function isEligible(address _wearer, uint256 _hatId) external view returns (bool eligible);

    /// @notice Whether `_hatId` is active (toggle answer, else stored status).
    function isActive(uint256 _hatId) external view returns (bool active);

    /// @notice How many accounts hold `_hatId` (static balances).
    function hatSupply(uint256 _hatId) external view returns (uint32 supply);

    /// @notice The eligibility module of `_hatId`.
    function getHatEligibilityModule(uint256 _hatId) external view returns (address eligibility);

    /// @notice The toggle module of `_hatId`.
    function getHatToggleModule(uint256 _hatId) external view returns (address toggle);

    /// @notice The max supply of `_hatId`.
    function getHatMaxSupply(uint256 _hatId) external view returns (uint32 maxSupply);

    /// @notice The image of `_hatId`: its own, else that of its nearest admin that has one, else
    ///         `baseImageURI`.
    function getImageURIForHat(uint256 _hatId) external view returns (string memory _uri);

    /// @notice Whether `wearer` (second key) is in stored bad standing for the hat (first key).
    function badStandings(uint256, address) external view returns (bool);

    /// @notice The domain of the last top hat minted (number of trees).
    function lastTopHatId() external view returns (uint32);

    /// @notice The admin hat a linked tree (by domain) hangs under; zero when unlinked.
    function linkedTreeAdmins(uint32) external view returns (uint256);

    /// @notice The pending link request of a tree (by domain); zero when none.
    function linkedTreeRequests(uint32) external view returns (uint256);

    /// @notice The contract's name.
    function name() external view returns (string memory);

    /// @notice The image of hats with no image up their branch.
    function baseImageURI() external view returns (string memory);

    // ---------------------------------------------------------------------------------------------
    // ERC-1155 surface
    // ---------------------------------------------------------------------------------------------

    /// @notice 1 when `_wearer` wears `_hatId` (see `isWearerOfHat`), else 0.
    function balanceOf(address _wearer, uint256 _hatId) external view returns (uint256 balance);

    /// @notice `balanceOf` for each pair.
    function balanceOfBatch(address[] calldata _wearers, uint256[] calldata _hatIds)
        external
        view
        returns (uint256[] memory balances);

    /// @notice ERC-1155 metadata: a `data:application/json;base64,` document describing the hat.
    function uri(uint256 id) external view returns (string memory _uri);

    /// @notice Approvals are not used by Hats: always false.
    function isApprovedForAll(address, address) external view returns (bool);

    /// @notice Disabled: hats move only through `transferHat`. Always reverts.
    function setApprovalForAll(address, bool) external pure;

    /// @notice Disabled: hats move only through `transferHat`. Always reverts.
    function safeTransferFrom(address, address, uint256, uint256, bytes calldata) external pure;

    /// @notice Disabled: hats move only through `transferHat`. Always reverts.
    function safeBatchTransferFrom(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure;

    /// @notice ERC-165: ERC-165, ERC-1155 and ERC-1155 metadata URI.
    function supportsInterface(bytes4 interfaceId) external pure returns (bool);

    /// @notice Runs each call on this contract in order (as the same caller) and returns their
    ///         results; any revert bubbles up and undoes them all.
    function multicall(bytes[] calldata data) external returns (bytes[] memory);
}
